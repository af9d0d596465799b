// Applies the saved theme (light, dark or system) before React starts, so a dark-mode user never sees a white flash.
(function () {
  try {
    var saved = localStorage.getItem('simadmin.theme');
    var theme = saved ? JSON.parse(saved) : 'system';
    var dark = theme === 'dark' || (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
  } catch (e) {
    /* private mode or a broken value: the light theme it is */
  }
})();
