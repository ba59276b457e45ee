// The postal directory ships without types; its shape is checked at load time.
declare module 'zipcodes/lib/codes.js' {
  const directory: unknown;
  export default directory;
}
