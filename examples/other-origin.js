// The iframe embed of iframe.html, with the frame and the frame script
// served from the other name of this machine (localhost ↔ 127.0.0.1), so
// the page and the widget are two origins, as on a clinic's site.
const other = new URL('..', location.href);
other.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const frame = document.createElement('iframe');
frame.dataset.treatmentEstimator = '';
frame.src = new URL('embed.html?concerns=acne-scars', other).href;
frame.title = 'Microneedling plan estimator';
document.getElementById('slot').append(frame);
const script = document.createElement('script');
script.src = new URL('treatment-estimator-frame.js', other).href;
document.head.append(script);
