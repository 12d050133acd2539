// A minimal cookie-keeping client: one per simulated person, following no redirects so tests see each 303.
import { signLtiLaunch } from '@koblingslab/launch-sdk';
import { LTI_KEY, LTI_SECRET, type RunningTool } from './tool-server.ts';

export interface Page {
  status: number;
  headers: Headers;
  html: string;
}

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly tool: RunningTool) {}

  async get(path: string): Promise<Page> {
    return this.#send(path, { method: 'GET' });
  }

  async post(path: string, fields: Array<[string, string]> | Record<string, string>): Promise<Page> {
    return this.#send(path, { method: 'POST', body: new URLSearchParams(fields) });
  }

  /** Posts a body as it is, under any content type, as a hand-made request would. */
  async postRaw(path: string, contentType: string, body: string): Promise<Page> {
    return this.#send(path, { method: 'POST', body, headers: { 'content-type': contentType } });
  }

  /** Posts the form fields a portal would auto-submit, signed with signLtiLaunch. */
  async launch(params: Record<string, string>, sign: Partial<{ consumerKey: string; consumerSecret: string }> = {}) {
    const fields = await signedLaunch(this.tool, params, sign);
    return { page: await this.post('/lti/launch', fields), fields };
  }

  /** Answers the question the tool currently shows, with its CSRF token, and follows the redirect. */
  async answerCurrent(score: number): Promise<Page> {
    const page = await this.get('/audit');
    const answered = await this.post('/audit/answer', {
      csrf: hiddenValue(page.html, 'csrf'),
      question: hiddenValue(page.html, 'question'),
      answer: String(score),
    });
    if (answered.status !== 303) throw new Error(`answer refused with ${answered.status}`);
    return this.get('/audit');
  }

  async #send(path: string, init: RequestInit): Promise<Page> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.tool.url), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string> | undefined), ...(cookie && { cookie }) },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/;\s*Max-Age=0(;|$)/i.test(setCookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
    return { status: response.status, headers: response.headers, html: await response.text() };
  }
}

export function signedLaunch(
  tool: RunningTool,
  params: Record<string, string>,
  sign: Partial<{ consumerKey: string; consumerSecret: string; timestamp: number }> = {},
): Promise<Array<[string, string]>> {
  return signLtiLaunch({
    url: tool.launchUrl,
    consumerKey: sign.consumerKey ?? LTI_KEY,
    consumerSecret: sign.consumerSecret ?? LTI_SECRET,
    timestamp: sign.timestamp ?? Math.floor(tool.clock.now / 1000),
    params: {
      lti_message_type: 'basic-lti-launch-request',
      lti_version: 'LTI-1p0',
      roles: 'Learner',
      ...params,
    },
  });
}

export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(html);
  if (!match?.[1]) throw new Error(`no hidden ${name} field in the page`);
  return match[1];
}

/** The question number the page asks, or undefined when it shows no question. */
export function shownQuestion(html: string): number | undefined {
  const match = /<input type="hidden" name="question" value="(\d+)">/.exec(html);
  return match?.[1] ? Number(match[1]) : undefined;
}
