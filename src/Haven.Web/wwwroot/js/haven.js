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

// Conditional reveals on radios. The GOV.UK tag helpers name a radio's reveal in data-reveals rather than
// data-aria-controls, because GOV.UK Frontend would then set aria-expanded, which ARIA does not allow on a radio
// (axe: aria-allowed-attr). Checking a radio shows its reveal and hides those of the others in its group; without
// JavaScript every reveal stays visible, as GOV.UK Frontend does.
function syncReveals () {
  document.querySelectorAll('input[type="radio"][data-reveals]').forEach(($input) => {
    const $reveal = document.getElementById($input.getAttribute('data-reveals'))
    if ($reveal) {
      $reveal.classList.toggle('govuk-radios__conditional--hidden', !$input.checked)
    }
  })
}
document.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'radio') {
    syncReveals()
  }
})
window.addEventListener('pageshow', syncReveals)
syncReveals()
