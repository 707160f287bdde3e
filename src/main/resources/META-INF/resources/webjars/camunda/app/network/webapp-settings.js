/*
 * Settings the network's three webapps share; each app/<app>/scripts/config.js imports them
 * (config.js is loaded as an ES module, so a relative import resolves against its own URL).
 */

// dates as ÅÅÅÅ-MM-DD (moment.js formats)
export const dateFormat = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'YYYY-MM-DD HH:mm',
  normal: 'YYYY-MM-DD HH:mm',
  long: 'dddd YYYY-MM-DD HH:mm',
  short: 'YYYY-MM-DD'
};

// Cockpit and Admin: Swedish where they are translated (login, navigation: locales/sv.json), English for the rest
export const operatorLocales = {
  availableLocales: ['sv', 'en'],
  fallbackLocale: 'en'
};

// Tasklist: Swedish for everyone, English for those who choose it (language.js)
export const tasklistLocales = {
  availableLocales: ['sv', 'en'],
  fallbackLocale: 'sv'
};
