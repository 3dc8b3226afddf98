namespace OpinionAct.Media.Data.Newsletters;

public enum DeliveryReportKind
{
    /// <summary>A temporary failure (mailbox full, greylisting); three in a row suppress the address.</summary>
    SoftBounce = 0,
    /// <summary>The address does not exist or refuses mail for good: suppressed at once.</summary>
    HardBounce = 1,
    /// <summary>The reader marked a message as spam: suppressed at once.</summary>
    Complaint = 2,
}
