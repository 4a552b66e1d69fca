// Jump the recording to a finding: buttons carry the finding's start in milliseconds.
document.addEventListener('click', function (e) {
  var b = e.target.closest('button.seek');
  if (!b) return;
  var audio = document.getElementById('audio');
  if (!audio) return;
  audio.currentTime = Number(b.dataset.ms) / 1000;
  audio.play().catch(function () { /* autoplay may be refused; the position is set */ });
  document.querySelectorAll('.card.hit').forEach(function (c) { c.classList.remove('current'); });
  b.closest('.card.hit').classList.add('current');
});
