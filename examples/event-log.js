// Example pages: show the widgets' events, as a clinic's analytics would see them.
const log = document.getElementById('log');
window.teEvents = [];
for (const name of ['estimator-ready', 'estimator-estimate', 'estimator-book', 'estimator-error']) {
  document.addEventListener(name, (event) => {
    const source = event.target.id || event.target.tagName.toLowerCase();
    window.teEvents.push({ name, source, detail: event.detail });
    if (log) log.textContent += `${source} ${name} ${JSON.stringify(event.detail)}\n`;
  });
}
