/**
 * The optional inline script that keeps a built page true on the reader's phone: it re-reads the
 * window from `data-opens`/`data-closes` and moves the status forward (upcoming → open → closed),
 * showing the matching `[data-when]` block and removing the apply button once registration is no
 * longer open. It never moves the status backward, so a phone with a wrong clock cannot reopen
 * a closed window. The page reads true without it: every block states its dates.
 *
 * It is one constant string, identical on every page, so a Content-Security-Policy can allow it
 * by hash. Written in old-browser JavaScript on purpose: it is not transpiled.
 */
export const registrationScript = `(function(){
var order=['upcoming','open','closed'];
function update(){
var now=Date.now();
document.querySelectorAll('[data-registration-status]').forEach(function(box){
var status=now<Date.parse(box.getAttribute('data-opens'))?'upcoming':now>Date.parse(box.getAttribute('data-closes'))?'closed':'open';
if(order.indexOf(status)<=order.indexOf(box.getAttribute('data-registration-status')))return;
box.setAttribute('data-registration-status',status);
box.querySelectorAll('[data-when]').forEach(function(block){block.hidden=block.getAttribute('data-when')!==status});
if(status!=='open')box.querySelectorAll('[data-apply]').forEach(function(link){link.remove()});
});
}
update();
setInterval(update,30000);
})();`;
