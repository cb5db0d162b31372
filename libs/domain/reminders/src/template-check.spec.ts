import { checkTemplate } from './template-check';

describe('checkTemplate', () => {
  const vars = ['name', 'link'];
  it('accepts placeholders from the list', () => {
    expect(checkTemplate('Hallo {{name}},\n\nbitte klicken Sie: {{link}}', vars)).toEqual([]);
  });
  it('names the line of an unknown variable', () => {
    expect(checkTemplate('Hallo {{name}},\n\n{{vorname}} bitte', vars)).toEqual([{ line: 3, kind: 'unknown_variable', detail: 'vorname' }]);
  });
  it('names the line of broken placeholder markup', () => {
    const [problem] = checkTemplate('Hallo {{name}},\nZeile zwei {{link', vars);
    expect(problem).toMatchObject({ line: 2, kind: 'syntax' });
  });
  it('refuses blocks and helpers, so a template cannot run logic', () => {
    expect(checkTemplate('{{#if name}}x{{/if}}', vars)[0]).toMatchObject({ line: 1, kind: 'not_allowed' });
    expect(checkTemplate('{{lookup name "x"}}', vars)[0]).toMatchObject({ kind: 'not_allowed' });
  });
  it('refuses raw HTML, naming the line', () => {
    expect(checkTemplate('Hallo\n<script>alert(1)</script>', vars)).toContainEqual({ line: 2, kind: 'html', detail: '<script>' });
  });
});
