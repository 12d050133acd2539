// The demo portal: the dev IdP's persona picker, then a view for the signed-in person's role.
import '@koblingslab/elements/define';
import type { HnUser } from '@koblingslab/elements';

const tokenKey = 'hn-token';

function signIn(): void {
  sessionStorage.removeItem(tokenKey);
  location.assign(`/dev/login?return_to=${encodeURIComponent('/')}`);
}

function section(heading: string, level: 'h1' | 'h2', ...content: HTMLElement[]): HTMLElement {
  const element = document.createElement('section');
  const title = document.createElement(level);
  title.textContent = heading;
  element.append(title, ...content);
  return element;
}

function citizenView(): HTMLElement[] {
  const myTools = document.createElement('hn-my-tools');
  myTools.setAttribute('catalog-href', '#katalog');
  const catalogSection = section('Verktøykatalogen', 'h2', document.createElement('hn-tool-catalog'));
  catalogSection.id = 'katalog';
  return [section('Mine verktøy', 'h1', myTools), catalogSection];
}

function personnelView(): HTMLElement[] {
  const assign = document.createElement('hn-assign-tool');
  const sent = document.createElement('hn-assignment-list');
  assign.addEventListener('hn-assigned', () => void sent.reload());
  // The catalog too, so personnel can try a tool before sending it (their launches are Instructor previews).
  return [
    section('Send et verktøy', 'h1', assign),
    section('Verktøy du og kontoret ditt har sendt', 'h2', sent),
    section('Verktøykatalogen', 'h2', document.createElement('hn-tool-catalog')),
  ];
}

function catalogView(): HTMLElement[] {
  return [section('Verktøykatalogen', 'h1', document.createElement('hn-tool-catalog'))];
}

const views: Record<HnUser['role'], () => HTMLElement[]> = { citizen: citizenView, personnel: personnelView, editor: catalogView };

function showWho(user: HnUser): void {
  const who = document.querySelector<HTMLElement>('.who')!;
  who.querySelector('.who-name')!.textContent = user.organisation ? `${user.name}, ${user.organisation.name}` : user.name;
  who.querySelector('button')!.addEventListener('click', signIn);
  who.hidden = false;
}

// The provider loads the user from the token; its first answer picks the view, and a refused token means sign in again.
function start(): void {
  const token = sessionStorage.getItem(tokenKey);
  if (!token) return signIn();

  const provider = document.createElement('hn-provider');
  provider.setAttribute('lang', 'nb-NO');
  provider.token = token;
  provider.addEventListener(
    'hn-user-change',
    ({ detail: { user } }) => {
      if (!user) return signIn();
      document.querySelector('#main > .status')?.remove();
      showWho(user);
      provider.append(...views[user.role]());
    },
    { once: true },
  );
  document.querySelector('#main')!.append(provider);
}

start();
