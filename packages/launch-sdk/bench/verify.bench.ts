// Verifications per second of one signed LTI launch: our verifyLtiLaunch against ims-lti's Provider.valid_request,
// with a bare node:crypto HMAC-SHA1 over the same base string as the floor. Each launch has its own nonce.
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import lti from 'ims-lti';
import { MemoryNonceStore, percentEncode, signatureBaseString, signLtiLaunch, verifyLtiLaunch } from '../src/index.ts';

const LAUNCHES = 4000;
const TIME_BUDGET_MS = 1500;
const URL_SIGNED = 'https://tool.example/lti/launch';
const KEY = 'portal.example';
const SECRET = 'bench-secret';
const PARAMS: Array<[string, string]> = [
  ['lti_message_type', 'basic-lti-launch-request'],
  ['lti_version', 'LTI-1p0'],
  ['resource_link_id', 'audit-alkoholvaner'],
  ['resource_link_title', 'AUDIT – test dine alkoholvaner'],
  ['user_id', 'k3J9_pseudonym'],
  ['roles', 'Learner'],
  ['launch_presentation_locale', 'nb-NO'],
  ['launch_presentation_return_url', 'https://portal.example/lti/return'],
  ['tool_consumer_instance_guid', 'portal.example'],
  ['tool_consumer_info_product_family_code', 'koblingslab'],
  ['custom_topic', 'alcohol'],
];

async function presign(count: number): Promise<Array<Array<[string, string]>>> {
  const timestamp = Math.floor(Date.now() / 1000);
  return Promise.all(
    Array.from({ length: count }, () =>
      signLtiLaunch({ url: URL_SIGNED, consumerKey: KEY, consumerSecret: SECRET, params: PARAMS, timestamp }),
    ),
  );
}

/**
 * Runs `verify` over the prepared inputs, `inFlight` at a time, until they or the time budget run out;
 * answers operations per second.
 */
async function measure<T>(inputs: T[], verify: (input: T) => Promise<unknown> | unknown, inFlight = 1): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < inputs.length && performance.now() - started < TIME_BUDGET_MS) {
      next += 1;
      await verify(inputs[next - 1] as T);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return next / ((performance.now() - started) / 1000);
}

function toRequest(fields: Array<[string, string]>): Request {
  return new Request(URL_SIGNED, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

const signed = await presign(LAUNCHES);

const nonceStore = new MemoryNonceStore();
const verifyOurs = async (request: Request) => {
  await verifyLtiLaunch(request, { lookupSecret: () => SECRET, nonceStore });
};
const ours = await measure(signed.map(toRequest), verifyOurs);
// A server has several launches in flight; their body reads and nonce-store calls overlap.
const oursInFlight = await measure((await presign(LAUNCHES)).map(toRequest), verifyOurs, 16);

const provider = new lti.Provider(KEY, SECRET);
const validRequest = promisify(provider.valid_request.bind(provider));
const imsLti = await measure(
  signed.map((fields) => Object.fromEntries(fields)),
  async (body) => {
    const req = { method: 'POST', url: '/lti/launch', protocol: 'https', headers: { host: 'tool.example' }, body };
    if (!(await validRequest(req, body))) throw new Error('ims-lti rejected a valid launch');
  },
);

const baseStrings = signed.map((fields) => signatureBaseString('POST', URL_SIGNED, fields));
const hmacKey = `${percentEncode(SECRET)}&`;
const bareHmac = await measure(baseStrings, (baseString) => createHmac('sha1', hmacKey).update(baseString).digest('base64'));

const format = (value: number) => Math.round(value).toLocaleString('en-GB').padStart(10);
console.log(`LTI launch verification, one launch per nonce (up to ${LAUNCHES} launches or ${TIME_BUDGET_MS} ms each)`);
console.log(`  (a) @koblingslab/launch-sdk verifyLtiLaunch  ${format(ours)} /s`);
console.log(`      the same, 16 launches in flight            ${format(oursInFlight)} /s`);
console.log(`  (b) ims-lti Provider.valid_request           ${format(imsLti)} /s`);
console.log(`  (c) bare node:crypto HMAC-SHA1 (baseline)    ${format(bareHmac)} /s`);
console.log(`  ratios: a/b ${(ours / imsLti).toFixed(2)}x (in flight ${(oursInFlight / imsLti).toFixed(2)}x)   a/c ${(ours / bareHmac).toFixed(3)}x   b/c ${(imsLti / bareHmac).toFixed(3)}x`);
