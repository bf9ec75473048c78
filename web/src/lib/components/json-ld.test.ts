import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './json-ld.ts';

const body = (script: string) => /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(script)?.[1] ?? '';

describe('jsonLdScript', () => {
  it('adds the schema.org context and leaves out empty values', () => {
    const json = JSON.parse(body(jsonLdScript({ '@type': 'Organization', name: 'Caritas', email: '', telephone: null, sameAs: [] })));
    expect(json).toEqual({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Caritas' });
  });

  it('cannot be ended or commented out by text in the data', () => {
    const name = 'Evil </script><script>alert(1)</script> <!-- & \u2028';
    const script = jsonLdScript({ '@type': 'Organization', name });
    expect(script.match(/<\/script>/gi)).toHaveLength(1);
    expect(body(script)).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(body(script)).name).toBe(name);
  });
});
