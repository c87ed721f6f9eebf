using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.GovUk.Tests;

/// <summary>
/// Runs tag helpers without Razor: builds a ViewContext over a ViewDataDictionary (with ModelState), creates
/// ModelExpressions with ModelExpressionProvider, and runs a tree of tag helpers the way Razor does (children
/// see a copy of their parent's TagHelperContext.Items).
/// </summary>
internal sealed class TagHelperRunner<TModel>
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddMvcCore()
        .AddDataAnnotations()
        .Services
        .BuildServiceProvider();

    public TagHelperRunner(TModel model)
    {
        var metadata = Services.GetRequiredService<IModelMetadataProvider>();
        var http = new DefaultHttpContext { RequestServices = Services };
        var actionContext = new ActionContext(http, new RouteData(), new ActionDescriptor(), ModelState);
        ViewData = new ViewDataDictionary<TModel>(metadata, ModelState) { Model = model };
        ViewContext = new ViewContext(
            actionContext, new NullView(), ViewData, new TempDataDictionary(http, new NullTempDataProvider()),
            TextWriter.Null, new HtmlHelperOptions());
        Expressions = new ModelExpressionProvider(metadata);
    }

    public ModelStateDictionary ModelState { get; } = new();

    public ViewDataDictionary<TModel> ViewData { get; }

    public ViewContext ViewContext { get; }

    private ModelExpressionProvider Expressions { get; }

    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) =>
        Expressions.CreateModelExpression(ViewData, expression);

    /// <summary>Adds an attempted value to ModelState, as model binding does.</summary>
    public TagHelperRunner<TModel> Attempted(string key, string value)
    {
        ModelState.SetModelValue(key, value, value);
        return this;
    }

    public TagHelperRunner<TModel> Error(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return this;
    }

    public async Task<IDocument> RenderAsync(Node node)
    {
        var html = await ExecuteAsync(node, new Dictionary<object, object>());
        return await TestSite.Parse("<!DOCTYPE html><html><body>" + html + "</body></html>");
    }

    private static async Task<string> ExecuteAsync(Node node, IDictionary<object, object> parentItems)
    {
        var items = new Dictionary<object, object>(parentItems);
        var context = new TagHelperContext(node.Tag, [.. node.Attributes], items, Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(node.Tag, [.. node.Attributes], async (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            foreach (var child in node.Children)
            {
                content.AppendHtml(child is Node n ? await ExecuteAsync(n, items) : (string)child);
            }

            return content;
        });

        node.Helper.Init(context);
        await node.Helper.ProcessAsync(context, output);
        if (!output.IsContentModified)
        {
            // As Razor does: a tag helper that leaves its content alone renders its children.
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class NullView : IView
    {
        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempDataProvider : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}

/// <summary>A tag helper, its element name, unbound attributes and children (nodes or raw HTML strings).</summary>
internal sealed record Node(ITagHelper Helper, string Tag, TagHelperAttributeList Attributes, params object[] Children)
{
    public Node(ITagHelper helper, string tag, params object[] children)
        : this(helper, tag, [], children)
    {
    }
}

public sealed class PersonModel
{
    [Display(Name = "Full name", Description = "As on their birth certificate")]
    public string? Name { get; set; }

    public DateInput Dob { get; set; } = new();

    public bool Agree { get; set; }

    public Pages.ContactMethod Contact { get; set; }

    public List<Pages.ContactMethod> Methods { get; set; } = [];

    public string? Notes { get; set; }
}
