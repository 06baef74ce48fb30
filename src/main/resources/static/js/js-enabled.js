// GOV.UK Frontend styles some components differently once JavaScript runs; kept out of the page so the
// Content-Security-Policy needs no 'unsafe-inline'.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
