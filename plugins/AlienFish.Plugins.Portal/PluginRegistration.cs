using AlienFish.Abstractions;
using AlienFish.Plugins.Portal;

[assembly: FishdensPlugin(typeof(PortalSource))]
