/**
 * The optional inline script that keeps a built page true on the reader's phone. Each block that
 * carries a campaign's phase (`data-phase`, with `data-opens`/`data-soon`/`data-closes`/
 * `data-concludes` and `data-scheduled`, from `src/lib/recruitment/campaignPhase.ts`) has its phase moved
 * forward (upcoming → open → closing soon → selection or closed → concluded); each stage's span is
 * re-read from `data-from`/`data-until` and moved forward (next → current → done). Each time it
 * shows the matching `[data-when]` blocks (a space-separated list of phases or states) of that
 * block and not of a block nested in it, and it removes the apply button once registration has
 * closed. An instant a block does not carry reads as NaN: no clock passes it.
 * It never moves anything backward, so a phone with a wrong clock cannot reopen a closed window.
 * The page reads true without it: every block states its dates.
 *
 * A block that also carries `data-registration-status` (which other tools read) keeps it to
 * upcoming, open or closed; closing soon is still open, with a `data-closing-soon` flag.
 *
 * It is one constant string, identical on every page, so a Content-Security-Policy can allow it
 * by hash. Written in old-browser JavaScript on purpose: it is not transpiled.
 */
export const registrationScript = `(function(){
function g(e,n){return e.getAttribute('data-'+n)}
function at(e,n){return Date.parse(g(e,n))}
function q(s,f,r){[].forEach.call((r||document).querySelectorAll(s),f)}
function move(e,o,s,n){if(o.indexOf(s)<=o.indexOf(g(e,n)))return;e.setAttribute('data-'+n,s);q('[data-when]',function(b){if(b.parentNode.closest('[data-phase],[data-stage]')==e)b.hidden=(' '+g(b,'when')+' ').indexOf(' '+s+' ')<0},e);return 1}
function u(){var t=Date.now(),n='data-registration-status',c='data-closing-soon',o=['upcoming','open','soon','selection','closed','concluded'];
q('[data-phase]',function(e){var s=o[t<at(e,'opens')?0:t<=at(e,'closes')?t<at(e,'soon')?1:2:t>at(e,'concludes')?5:e.hasAttribute('data-scheduled')?3:4],r=o.indexOf(s)>2;
if(!move(e,o,s,'phase'))return;
if(e.hasAttribute(n))e.setAttribute(n,r?'closed':s==o[2]?o[1]:s);
if(s==o[2])e.setAttribute(c,'');
if(r)e.removeAttribute(c),q('[data-apply]',function(a){a.remove()},e)});
q('[data-stage]',function(e){move(e,['next','current','done'],t>at(e,'until')?'done':t>=at(e,'from')?'current':'next','stage')})}
u();
setInterval(u,3e4);
})();`;
