/** The `commonmark-spec` package (CommonJS, no types of its own): the spec text and its examples. */
declare module 'commonmark-spec' {
  export interface SpecTest {
    markdown: string;
    html: string;
    section: string;
    number: number;
  }
  const spec: { text: string; tests: SpecTest[] };
  export default spec;
}
