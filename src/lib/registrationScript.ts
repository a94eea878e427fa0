/**
 * The optional inline script that keeps a built page true on the reader's phone. It re-reads the
 * registration window from `data-opens`/`data-soon`/`data-closes` and moves the status forward
 * (upcoming → open → closing soon → closed), and re-reads each stage's span from
 * `data-from`/`data-until` and moves it forward (next → current → done). Each time it shows the
 * matching `[data-when]` blocks (a space-separated list of states), and it removes the apply
 * button once registration has closed. A stage span without a start or an end has no attribute
 * for it, which reads as NaN: no clock passes it.
 * It never moves anything backward, so a phone with a wrong clock cannot reopen a closed window.
 * The page reads true without it: every block states its dates.
 *
 * Closing soon is still open (`data-registration-status="open"`, which other tools read) with a
 * `data-closing-soon` flag.
 *
 * It is one constant string, identical on every page, so a Content-Security-Policy can allow it
 * by hash. Written in old-browser JavaScript on purpose: it is not transpiled.
 */
export const registrationScript = `(function(){
function at(e,n){return Date.parse(e.getAttribute(n))}
function each(s,f,r){[].forEach.call((r||document).querySelectorAll(s),f)}
function move(e,o,s,w,n){if(o.indexOf(s)<=o.indexOf(w))return;e.setAttribute(n,s);each('[data-when]',function(b){b.hidden=(' '+b.getAttribute('data-when')+' ').indexOf(' '+s+' ')<0},e);return 1}
function update(){var now=Date.now(),n='data-registration-status',c='data-closing-soon',t='data-stage';
each('['+n+']',function(e){var s=now<at(e,'data-opens')?'upcoming':now>at(e,'data-closes')?'closed':now<at(e,'data-soon')?'open':'soon',w=e.getAttribute(n);
if(!move(e,['upcoming','open','soon','closed'],s,w=='open'&&e.hasAttribute(c)?'soon':w,n))return;
if(s=='soon')e.setAttribute(n,'open'),e.setAttribute(c,'');
if(s=='closed')each('[data-apply]',function(a){a.remove()},e)});
each('['+t+']',function(e){move(e,['next','current','done'],now>at(e,'data-until')?'done':now>=at(e,'data-from')?'current':'next',e.getAttribute(t),t)})}
update();
setInterval(update,3e4);
})();`;
