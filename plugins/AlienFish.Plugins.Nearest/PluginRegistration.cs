using AlienFish.Abstractions;
using AlienFish.Plugins.Nearest;

// The host reads these attributes to create the matchers without scanning the assembly.
[assembly: FishdensPlugin(typeof(NearestMatcher))]
[assembly: FishdensPlugin(typeof(SameSiteMatcher))]
