const DEFAULTS = { language: 'en', fontSize: 16, darkMode: false };

// The saved settings over the defaults; all defaults if the text is not valid JSON.
function readSettings(text) {
  // TODO: catch the error JSON.parse throws on damaged text
  const saved = JSON.parse(text);
  // TODO: fill in the settings that are missing
  return saved;
}

module.exports = { readSettings, DEFAULTS };
