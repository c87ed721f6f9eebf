// Global usings: the tag-helper namespaces every component uses, so files start with what is particular to them.
global using Microsoft.AspNetCore.Html;
global using Microsoft.AspNetCore.Mvc.ModelBinding;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.AspNetCore.Razor.TagHelpers;
