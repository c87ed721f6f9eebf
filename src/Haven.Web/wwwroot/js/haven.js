// Haven's progressive enhancement. Load with:
//   <script type="module" src="/js/haven.js"></script>
// Every journey works without JavaScript: this only enhances (tabs, error summary focus,
// character counts, MOJ sortable tables and so on). Browsers that do not run modules skip it.
import { initAll as initGovUk } from './govuk-frontend.min.js'
import { initAll as initMoj } from './moj-frontend.min.js'

// GOV.UK's page template adds these classes from an inline script in <body>. If the layout
// has not, add them here so the Frontend components know they can enhance.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

initGovUk()
initMoj()
