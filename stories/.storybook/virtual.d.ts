declare module 'virtual:hn-custom-elements-manifest' {
  const manifest: object;
  export default manifest;
}
