import { createHmac, randomBytes } from 'node:crypto';
import { BlindIndex, blindIndexMatchSql } from './blind-index';

describe('blind index for encrypted facts', () => {
  const a = new BlindIndex(randomBytes(32));
  const b = new BlindIndex(randomBytes(32));

  it('gives the same fact of the same row the same tag, and anything else another', () => {
    expect(a.tag('v1|false')).toBe(a.tag('v1|false'));
    expect(a.tag('v1|false')).not.toBe(a.tag('v1|true'));
    expect(a.tag('v1|false')).not.toBe(a.tag('v2|false'));
    expect(a.tag('v1|false')).not.toBe(b.tag('v1|false'));
  });

  it('never uses the encryption key itself as the tag key', () => {
    const key = randomBytes(32);
    expect(new BlindIndex(key).tag('v1|false')).not.toBe(createHmac('sha256', key).update('v1|false').digest('hex'));
  });

  it('matches under every configured key and quotes the value it looks for', () => {
    const params: unknown[] = [];
    const sql = blindIndexMatchSql([a, b], { add: (v) => `$${params.push(v)}` }, 'p.id', 'p.tag', "it's");
    expect(sql).toContain(`'|it''s'`);
    expect(sql.match(/sha256\(\$/g)).toHaveLength(4);
    expect(params).toHaveLength(4);
    expect(params.every((p) => Buffer.isBuffer(p) && p.length === 64)).toBe(true);
  });
});
