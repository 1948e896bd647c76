namespace TeamDrill.Shared.Content;

/// <summary>Who the customer is. <see cref="AddressAs"/> is how the agent should address them ("Mrs Okafor").</summary>
public sealed record Persona(string Name, string AddressAs, int Age, string Background, string Temperament);
