/**
 * A small working content set (tests/fixtures/site/, described in its
 * README): 13 published services from the demo, 7 of them the council's,
 * with their organisations and the site settings. Tests that count things
 * read it instead of content/, so a navigator adding or closing a demo
 * service changes no test.
 */
export const fixtureSite = 'tests/fixtures/site';

/** How many services the fixture publishes (every service in it is complete). */
export const fixtureServiceCount = 13;
