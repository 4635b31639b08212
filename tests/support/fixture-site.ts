/**
 * A small working content set (tests/fixtures/site/, described in its
 * README): 13 published services from the demo, 7 of them the council's, 3
 * schools, nurseries and colleges, their organisations and the site settings.
 * Tests that count things read it instead of content/, so a navigator adding
 * or closing a demo service changes no test.
 */
export const fixtureSite = 'tests/fixtures/site';

/** How many services the fixture has (every one complete, so every one published). */
export const fixtureServiceCount = 13;

/** How many schools, nurseries and colleges it has (each also published as a service). */
export const fixtureSettingCount = 3;

/** Services in its open data: its services plus each setting's own. */
export const fixturePublishedCount = fixtureServiceCount + fixtureSettingCount;
