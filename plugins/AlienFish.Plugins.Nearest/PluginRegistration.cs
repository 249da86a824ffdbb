using AlienFish.Abstractions;
using AlienFish.Plugins.Nearest;

// The host reads this attribute to create the matcher without scanning the assembly.
[assembly: FishdensPlugin(typeof(NearestMatcher))]
