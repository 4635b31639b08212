import type { APIRoute } from 'astro';
import { getSiteSettings } from '../directory/load';
import { say } from '../i18n/messages';

/** The web app manifest, so the Local Offer can be added to a phone's home screen. */
export const GET: APIRoute = async () => {
  const settings = await getSiteSettings();
  const manifest = {
    name: say('site.name', settings),
    short_name: 'Local Offer',
    description: say('site.description', settings),
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f6c',
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: 'My list', url: '/my-list/' },
      { name: 'All services A to Z', url: '/services/' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
