// One-click newsletter signup: posts the form as JSON (the type a browser sends to another site only after a CORS
// preflight, which the hub never grants, so no antiforgery token is needed on cached pages) and shows the answer in
// place. Without this script, or if it fails, the form posts as before.
(function(d){
if(window.mediaSignup)return;window.mediaSignup=1;
function say(f,text,ok){var p=f.parentNode.querySelector(".signup-result");
if(!p){p=d.createElement("p");p.className="signup-result";f.parentNode.insertBefore(p,f.nextSibling);}
p.setAttribute("role",ok?"status":"alert");p.textContent=text;if(ok){f.hidden=true;p.tabIndex=-1;p.focus();}}
d.addEventListener("submit",function(v){var f=v.target;if(!f.matches||!f.matches("form[data-newsletter-signup]")||!window.fetch)return;
if(f.getAttribute("data-placement")=="page")return;
v.preventDefault();var b=f.querySelector("button[type=submit]");if(b)b.disabled=true;
var n=[].slice.call(f.querySelectorAll("input[name=newsletters]:checked")).map(function(i){return i.value;}),
h=f.querySelector(".signup-trap input"),e=f.querySelector("input[name=email]");
fetch(f.action,{method:"POST",credentials:"same-origin",headers:{"Content-Type":"application/json","Accept":"application/json"},
body:JSON.stringify({email:e?e.value:"",newsletters:n,website:h?h.value:"",page:location.href,referrer:d.referrer})})
.then(function(r){return r.json().then(function(j){if(b)b.disabled=false;
if(r.status==202)say(f,j.message,true);else if(j&&j.title)say(f,j.title,false);else f.submit();});})
.catch(function(){if(b)b.disabled=false;f.submit();});});
})(document);
