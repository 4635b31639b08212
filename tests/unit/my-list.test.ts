import { describe, expect, it } from 'vitest';
import { listHref, maxSavedServices, mergeSlugs, parseSlugs, removeHref, sameServices, shareUrl } from '../../src/my-list/share-link';
import { openDeviceList } from '../../src/my-list/device-list';
import { allServiceParts, servicePartCount, servicePartOf, servicePartUrl, servicePartUrlsFor } from '../../src/my-list/service-parts';

/** A Storage that behaves like localStorage, or throws like Safari's private mode did. */
function fakeStorage(blocked = false): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (blocked) throw new DOMException('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('the list in a link', () => {
  it('reads service names from a shared link, in order, once each', () => {
    expect(parseSlugs('chatterbox,brightsteps-day-nurseries,chatterbox')).toEqual(['chatterbox', 'brightsteps-day-nurseries']);
  });

  it('ignores anything that cannot be a service, so a mangled link still shows the rest', () => {
    expect(parseSlugs('chatterbox,<script>,,../admin, Brightsteps ')).toEqual(['chatterbox', 'brightsteps']);
    expect(parseSlugs(null)).toEqual([]);
    expect(parseSlugs('')).toEqual([]);
  });

  it(`keeps at most ${maxSavedServices} services, so the QR code stays readable`, () => {
    const many = Array.from({ length: 60 }, (_, i) => `service-${i}`).join(',');
    expect(parseSlugs(many)).toHaveLength(maxSavedServices);
    expect(mergeSlugs(parseSlugs(many), ['one-more'])).toHaveLength(maxSavedServices);
  });

  it('makes a short share link with plain commas', () => {
    expect(shareUrl('https://localoffer.example', ['a-b', 'c'])).toBe('https://localoffer.example/my-list/?services=a-b,c');
    expect(shareUrl('https://localoffer.example', [])).toBe('https://localoffer.example/my-list/');
  });

  it('makes a remove link that keeps the other services', () => {
    expect(removeHref(['a', 'b', 'c'], 'b')).toBe('/my-list/?services=a,c');
    expect(removeHref(['a'], 'a')).toBe('/my-list/');
    expect(listHref(['a'])).toBe('/my-list/?services=a');
  });

  it('treats the same services in another order as the same list', () => {
    expect(sameServices(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameServices(['a', 'b'], ['a'])).toBe(false);
  });

  it('adds saved services after the ones already on the list', () => {
    expect(mergeSlugs(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('the list kept on the device', () => {
  it('remembers the list between visits', () => {
    const storage = fakeStorage();
    openDeviceList(storage).write(['a', 'b']);
    const again = openDeviceList(storage);
    expect(again.persistent).toBe(true);
    expect(again.read()).toEqual(['a', 'b']);
  });

  it('still works for this visit when the browser will not store anything', () => {
    const list = openDeviceList(fakeStorage(true));
    expect(list.persistent).toBe(false);
    list.write(['a']);
    expect(list.read()).toEqual(['a']);
  });

  it('shrugs off a damaged stored value', () => {
    const storage = fakeStorage();
    storage.setItem('local-offer:my-list', '{"not":"a list"},ok-slug');
    expect(openDeviceList(storage).read()).toEqual(['ok-slug']);
  });
});

describe("My list's data in parts", () => {
  const slugs = Array.from({ length: 10_000 }, (_, i) => `service-${i}-${(i * 7919).toString(36)}`);

  it('puts a service in the same part every time, one of the parts the build writes', () => {
    const parts = new Set(allServiceParts());
    expect(parts.size).toBe(servicePartCount);
    for (const slug of slugs.slice(0, 500)) {
      expect(parts.has(servicePartOf(slug))).toBe(true);
      expect(servicePartOf(slug)).toBe(servicePartOf(slug));
    }
    // Fixed values: a change here moves every service to another file, so copies saved offline would miss them.
    expect(servicePartOf('chatterbox-speech-and-language-drop-in')).toMatch(/^[0-7][0-9a-f]$/);
    expect(servicePartUrl('3f')).toBe('/my-list/services/3f.json');
  });

  it('spreads a county of services evenly, so no part is much bigger than the rest', () => {
    const sizes = new Map<string, number>();
    for (const slug of slugs) sizes.set(servicePartOf(slug), (sizes.get(servicePartOf(slug)) ?? 0) + 1);
    expect(sizes.size).toBe(servicePartCount);
    const even = slugs.length / servicePartCount;
    expect(Math.max(...sizes.values())).toBeLessThan(even * 1.5);
    expect(Math.min(...sizes.values())).toBeGreaterThan(even * 0.5);
  });

  it('asks for each part a list needs once', () => {
    const urls = servicePartUrlsFor(['a', 'b', 'a', 'c']);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual([...new Set(['a', 'b', 'c'].map((s) => servicePartUrl(servicePartOf(s))))]);
  });
});
