// Haven's progressive enhancement, loaded last in <body> with:
//   <script type="module" src="/js/haven.js"></script>
// Every journey works without JavaScript: this only enhances (error summary focus, tabs, conditional
// reveals, character counts, MOJ components). Browsers that do not run modules never load it.
import { initAll as initGovUk } from './govuk-frontend.min.js'
import { initAll as initMoj } from './moj-frontend.min.js'

// The layout's body-classes.js adds these as early as it can (so there is no flash of unenhanced content);
// adding them again here is harmless and covers any page without it.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

initGovUk()
initMoj()
