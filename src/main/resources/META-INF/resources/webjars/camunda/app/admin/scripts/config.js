/*
 * Admin's configuration for the agency network; replaces the webjar's file of the same path
 * (this application's classes come first on the class path: README "Webapps in Swedish").
 */
export default {
  // Swedish where it is translated (login, navigation: locales/sv.json), English for the rest
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'en'
  },
  // dates as ÅÅÅÅ-MM-DD (moment.js formats)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd YYYY-MM-DD HH:mm',
    short: 'YYYY-MM-DD'
  },
  disableWelcomeMessage: true,
  customScripts: ['../network/language']
};
