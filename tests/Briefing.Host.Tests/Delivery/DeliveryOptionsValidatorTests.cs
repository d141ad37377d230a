using Briefing.Host.Delivery;

namespace Briefing.Host.Tests.Delivery;

public sealed class DeliveryOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new DeliveryOptionsValidator().Validate(null, new DeliveryOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(86_400)]
    public void A_claim_time_out_of_range_is_named_with_how_to_fix_it(int seconds)
    {
        var result = new DeliveryOptionsValidator().Validate(null, new DeliveryOptions { ClaimSeconds = seconds });

        Assert.True(result.Failed);
        Assert.Contains($"Delivery:ClaimSeconds is {seconds}; set it between 3 and 3600", result.FailureMessage);
    }
}
