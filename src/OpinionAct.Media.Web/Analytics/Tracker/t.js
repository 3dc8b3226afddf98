(function(w,d,n){
if(n.doNotTrack=="1"||w.doNotTrack=="1"||n.globalPrivacyControl)return;
var e=d.currentScript.src.replace(/t\.js([?#].*)?$/,"api/events"),L=location,u=L.href,r=d.referrer,
q=new URLSearchParams(L.search).get("q"),t=0,m=0,s=0,a=Date.now(),b=0;
function send(o){o.url=u;if(r)o.referrer=r;var j=JSON.stringify(o);
if(!(n.sendBeacon&&n.sendBeacon(e,j)))fetch(e,{method:"POST",body:j,keepalive:true});}
function act(){a=Date.now();var h=d.documentElement,p=Math.round(100*(w.scrollY+w.innerHeight)/Math.max(h.scrollHeight,1));if(p>m)m=Math.min(p,100);}
["scroll","keydown","pointerdown","pointermove","touchstart"].forEach(function(k){w.addEventListener(k,act,{passive:true});});
setInterval(function(){if(d.visibilityState=="visible"&&Date.now()-a<15e3)t++;},1e3);
function flush(){var o={type:"engagement",engagedSeconds:t};if(m>s&&s<75){o.scrollDepth=m;s=m;}
if(t>0||o.scrollDepth!=null)send(o);t=0;}
setInterval(function(){if(d.visibilityState=="visible"&&b<30){b++;flush();}},1e4);
d.addEventListener("visibilitychange",function(){if(d.visibilityState=="hidden")flush();});
w.addEventListener("pagehide",flush);
d.addEventListener("click",function(v){var l=v.target.closest&&v.target.closest("a[href],[data-share]");if(!l)return;
var h=l.href||"",g=/\/search\/go\/\d+\/(\d+)\//.exec(h);
if(l.hasAttribute("data-share")||/(twitter\.com\/intent|x\.com\/intent|facebook\.com\/sharer|linkedin\.com\/sharing|bsky\.app\/intent|mailto:\?)/.test(h))send({type:"share",target:/^https?:/.test(h)?h:void 0});
else if(g)send({type:"search_click",query:new URLSearchParams(L.search).get("q")||"",position:+g[1]});
else if(/^https?:/.test(h)&&l.host!=L.host)send({type:"outbound",target:h});});
act();send({type:"pageview"});
if(q&&/\/search\/?$/.test(L.pathname))send({type:"search",query:q});
})(window,document,navigator);
