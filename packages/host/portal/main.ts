// The demo portal: the dev IdP's persona picker, then the catalog for the signed-in person.
import '@koblingslab/elements/define';

const tokenKey = 'hn-token';
const main = document.querySelector<HTMLElement>('#main')!;

function signIn(): void {
  sessionStorage.removeItem(tokenKey);
  location.assign(`/dev/login?return_to=${encodeURIComponent('/')}`);
}

async function currentUser(token: string): Promise<{ name: string; role: string } | undefined> {
  const response = await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } });
  return response.ok ? response.json() : undefined;
}

async function start(): Promise<void> {
  const token = sessionStorage.getItem(tokenKey);
  const user = token ? await currentUser(token) : undefined;
  if (!token || !user) return signIn();

  const who = document.querySelector<HTMLElement>('.who')!;
  who.querySelector('.who-name')!.textContent = user.name;
  who.querySelector('button')!.addEventListener('click', signIn);
  who.hidden = false;

  const provider = document.createElement('hn-provider');
  provider.setAttribute('lang', 'nb-NO');
  provider.token = token;
  const heading = document.createElement('h1');
  heading.textContent = 'Verktøykatalogen';
  provider.append(heading, document.createElement('hn-tool-catalog'));
  main.replaceChildren(provider);
}

void start();
