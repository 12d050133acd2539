/** Served as /dev/login.js (CSP allows scripts from 'self' only, no inline handlers). */
export const DEV_LOGIN_SCRIPT = `'use strict';
const main = document.querySelector('main');
const status = document.getElementById('status');
for (const button of document.querySelectorAll('button[data-persona]')) {
  button.addEventListener('click', async () => {
    status.textContent = 'Logger inn …';
    try {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona: button.dataset.persona }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const { token } = await response.json();
      sessionStorage.setItem('hn-token', token);
      location.assign(main.dataset.returnTo || '/');
    } catch {
      status.textContent = 'Innloggingen mislyktes. Prøv igjen.';
    }
  });
}
`;
