// Counts submissions of the host's form (none may come from the widget).
window.hostSubmits = 0;
document.getElementById('host-form').addEventListener('submit', (e) => {
  window.hostSubmits += 1;
  e.preventDefault();
});
