// The part of ims-lti (untyped CommonJS) the benchmark uses.
declare module 'ims-lti' {
  class Provider {
    constructor(consumerKey: string, consumerSecret: string);
    valid_request(req: object, body: object, callback: (error: Error | null, valid: boolean) => void): void;
  }
  const lti: { Provider: typeof Provider };
  export default lti;
}
