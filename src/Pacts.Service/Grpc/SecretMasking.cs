using Google.Protobuf;
using Google.Protobuf.Reflection;
using Pacts.Agents.Planning;

namespace Pacts.Service.Grpc;

/// <summary>
/// Masks every string of an outgoing message (fields, lists, maps, nested messages) with a run's secret values: the
/// last guard before an event, a plan or a record leaves the service.
/// </summary>
internal static class SecretMasking
{
    public static T Apply<T>(T message, SecretMask secrets)
        where T : IMessage
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (!secrets.IsEmpty)
        {
            Mask(message, secrets);
        }

        return message;
    }

    private static void Mask(IMessage message, SecretMask secrets)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var accessor = field.Accessor;
            if (field.IsMap)
            {
                if (accessor.GetValue(message) is System.Collections.IDictionary map)
                {
                    foreach (var key in map.Keys.Cast<object>().ToList())
                    {
                        map[key] = MaskValue(map[key], secrets);
                    }
                }
            }
            else if (field.IsRepeated)
            {
                if (accessor.GetValue(message) is System.Collections.IList list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        list[i] = MaskValue(list[i], secrets);
                    }
                }
            }
            else if (field.FieldType == FieldType.String)
            {
                if (accessor.GetValue(message) is string text && text.Length > 0)
                {
                    accessor.SetValue(message, secrets.Mask(text)!);
                }
            }
            else if (field.FieldType == FieldType.Message && accessor.GetValue(message) is IMessage nested)
            {
                Mask(nested, secrets);
            }
        }
    }

    private static object? MaskValue(object? value, SecretMask secrets)
    {
        switch (value)
        {
            case string text:
                return secrets.Mask(text);
            case IMessage nested:
                Mask(nested, secrets);
                return nested;
            default:
                return value;
        }
    }
}
