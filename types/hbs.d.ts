/** Handlebars sources are bundled as text (esbuild's `text` loader, a Vite plugin in tests). */
declare module '*.hbs' {
  const source: string;
  export default source;
}
