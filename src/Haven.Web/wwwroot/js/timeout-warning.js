// The GOV.UK timeout warning, loaded by Features/Shared/_TimeoutWarning.cshtml for signed-in pages
// (docs/decisions/0009-sessions.md). Progressive enhancement: without it the session still times out on the
// server, and a form sent afterwards is kept for the user to send after signing in again.
//
// The server is the judge of time left (/session/status, which is not itself activity), so activity in another
// tab is taken into account. The warning is a native modal <dialog>: it traps focus, Esc means "stay signed in"
// (as the pattern asks), and focus goes back where it was when it closes. When time runs out, a form the user
// has typed in is sent: the server, seeing the session has ended, keeps it and asks them to sign in again.

const dialog = document.getElementById('haven-timeout-warning')
if (dialog && typeof dialog.showModal === 'function') {
  start(dialog)
}

function start (dialog) {
  const idle = Number(dialog.dataset.idleSeconds) * 1000
  const warning = Number(dialog.dataset.warningSeconds) * 1000
  const countdown = dialog.querySelector('[data-timeout-countdown]')
  const announcer = dialog.querySelector('[data-timeout-announcer]')
  const stay = dialog.querySelector('[data-timeout-stay]')
  let endsAt = Date.now() + idle
  let timer = null
  let ticker = null
  let lastAnnounced = 0
  let returnFocusTo = null
  let leaving = false

  // Forms the user has typed in (not the sign-out form): sent when time runs out, so nothing is lost. A kept
  // form waiting to be sent again counts as typed in from the start.
  const typedIn = new Set(document.querySelectorAll('form[data-timeout-keep]'))
  document.addEventListener('input', event => {
    const form = event.target.form
    if (form && form.method.toLowerCase() === 'post' && !form.classList.contains('haven-sign-out')) {
      typedIn.add(form)
    }
  })
  // Leaving the page (a form sent, a link followed) ends this page's timers.
  window.addEventListener('pagehide', () => { leaving = true; clearTimeout(timer); clearInterval(ticker) })
  document.addEventListener('submit', () => { leaving = true; clearTimeout(timer) })

  stay.addEventListener('click', staySignedIn)
  dialog.addEventListener('cancel', event => {
    event.preventDefault()
    staySignedIn()
  })

  schedule(idle - warning)

  function schedule (ms) {
    clearTimeout(timer)
    timer = setTimeout(check, Math.max(0, ms))
  }

  async function secondsLeft () {
    try {
      const response = await fetch(dialog.dataset.statusUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      return response.ok ? (await response.json()).secondsLeft : null
    } catch {
      return null
    }
  }

  async function check () {
    if (leaving) return
    const left = await secondsLeft()
    if (left === null) {
      // The server could not be asked: warn by this page's clock, but act only on the server's word.
      if (endsAt - Date.now() <= warning) open()
      schedule(5000)
      return
    }
    endsAt = Date.now() + left * 1000
    if (left <= 0) {
      timeUp()
    } else if (left * 1000 > warning) {
      close() // kept going from another tab
      schedule(left * 1000 - warning)
    } else {
      open()
      schedule(left * 1000)
    }
  }

  function open () {
    if (dialog.open) return
    returnFocusTo = document.activeElement
    lastAnnounced = 0
    dialog.showModal()
    tick()
    ticker = setInterval(tick, 1000)
  }

  function close () {
    clearInterval(ticker)
    if (!dialog.open) return
    dialog.close()
    if (returnFocusTo && typeof returnFocusTo.focus === 'function') returnFocusTo.focus()
  }

  function tick () {
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000))
    countdown.textContent = inWords(left)
    // Screen readers hear the time left every 15 seconds, not every second.
    if (Date.now() - lastAnnounced >= 15000) {
      announcer.textContent = `You will be signed out in ${inWords(left)}.`
      lastAnnounced = Date.now()
    }
  }

  async function staySignedIn () {
    const token = document.querySelector('form.haven-sign-out input[name="__RequestVerificationToken"]')
    const body = new FormData()
    if (token) body.append(token.name, token.value)
    let kept = false
    try {
      const response = await fetch(dialog.dataset.keepAliveUrl, { method: 'POST', body, credentials: 'same-origin', redirect: 'manual' })
      kept = response.status === 204
    } catch {
      kept = false
    }
    if (kept) {
      endsAt = Date.now() + idle
      close()
      schedule(idle - warning)
    } else {
      check()
    }
  }

  function timeUp () {
    clearTimeout(timer)
    clearInterval(ticker)
    leaving = true
    const form = [...typedIn].find(f => document.body.contains(f))
    if (form) {
      HTMLFormElement.prototype.submit.call(form) // the server keeps it: the session has ended
    } else {
      window.location.assign(`${dialog.dataset.signInUrl}&ReturnUrl=${encodeURIComponent(location.pathname + location.search)}`)
    }
  }
}

function inWords (seconds) {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  const parts = []
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`)
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`)
  return parts.join(' ')
}
