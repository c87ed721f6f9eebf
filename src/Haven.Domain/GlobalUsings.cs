// Global usings: the shared domain building blocks (calendar, formatting, rule results), so files start with what is particular to them.
global using Haven.Domain.Calendar;
global using Haven.Domain.Formatting;
global using Haven.Domain.Rules;
