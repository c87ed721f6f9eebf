// GOV.UK Frontend styles some components differently once JavaScript is available. Kept as a file, not an
// inline script, so the Content-Security-Policy can forbid inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
