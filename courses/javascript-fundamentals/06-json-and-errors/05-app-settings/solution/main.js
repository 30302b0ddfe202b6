const DEFAULTS = { language: 'en', fontSize: 16, darkMode: false };

// The saved settings over the defaults; all defaults if the text is not valid JSON.
function readSettings(text) {
  try {
    const saved = JSON.parse(text);
    return { ...DEFAULTS, ...saved };
  } catch (error) {
    return { ...DEFAULTS };
  }
}

module.exports = { readSettings, DEFAULTS };
