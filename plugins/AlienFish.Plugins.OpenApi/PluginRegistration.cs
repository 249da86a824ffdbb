using AlienFish.Abstractions;
using AlienFish.Plugins.OpenApi;

// The host reads this attribute to create the source without scanning the assembly.
[assembly: FishdensPlugin(typeof(WaterQualityApiSource))]
