import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it.each([
    ['a script tag', '<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['an ampersand first, so entities are not double-read', 'A&amp;B', 'A&amp;amp;B'],
    ['a single-quoted attribute breakout', "' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['Thai text is untouched', 'อบต.บ้านป้อม', 'อบต.บ้านป้อม'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
