namespace Briefing.News.Tests.Topics;

/// <summary>
/// News-style fixtures for wording found in news reports (as against White House transcripts): money guarantees,
/// background clauses, summit-report phrasing of the accession path, and membership as the one real guarantee.
/// The texts are written for these tests.
/// </summary>
public sealed class NewsWordingTests
{
    [Fact]
    public void Loan_insurance_and_investment_guarantees_are_not_security_guarantees()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "Development lenders are offering new guarantees to companies that invest in Ukraine, as Kyiv courts private money for rebuilding.",
            "The scheme guarantees loans to Ukrainian farmers and covers investors against war damage; export credit agencies have added state guarantees of their own.",
            "Bankers in Kyiv said the guarantees help, but that insurance for factories near the front is still scarce and expensive.",
            "Ukraine's finance ministry said the state would guarantee part of the credit to small firms in the west of the country.");

        Assert.DoesNotContain("security-guarantees", slugs);
    }

    [Fact]
    public void Security_guarantees_for_Ukraine_named_beside_money_still_count()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "European leaders discussed security guarantees for Ukraine after a ceasefire, including troops to deter renewed aggression.",
            "Investors say a durable peace backed by such guarantees would bring the money Kyiv needs; loans alone will not.",
            "Zelensky said any guarantees must be binding and backed by forces on the ground.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void A_background_clause_that_Ukraine_is_not_in_NATO_is_not_discussion_of_its_membership()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "NATO began its largest exercises in decades on Monday, with troops moving across Germany, Poland and the Baltic states.",
            "The drills come two years into Russia's invasion of Ukraine, which is not a member of NATO and will not take part.",
            "Officials said the exercises would test new plans for reinforcing the eastern flank within days.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Another_countrys_own_NATO_choice_is_not_Ukraines_when_Ukraine_is_named_only_in_an_aside()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Moldova holds its course",
            "Moldova, whose border with Ukraine runs for more than 1,200 km, will not seek to join NATO and will keep its constitutional neutrality, President Sandu said on Monday.",
            "Officials in Chisinau said cooperation with the alliance on air defence would continue.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void A_question_reported_without_an_answer_does_not_carry_the_report()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Live: the new administration's first week",
            "The president signed a dozen orders on trade and energy on Tuesday.",
            "At the afternoon briefing, a reporter asked whether the administration would back Ukraine's eventual membership of NATO as part of a peace deal with Moscow.",
            "The press secretary said she would not get ahead of the president and moved on to questions about tariffs.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void A_sentence_that_gives_the_answer_to_a_question_it_reports_still_counts()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Chancellor in Kyiv",
            "Asked whether Ukraine would be invited to join NATO at the summit, the chancellor said: \"Allies will not agree on an invitation while the war goes on, but Kyiv's membership remains the goal.\"");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void Security_pacts_meant_to_last_until_Ukraine_joins_NATO_are_not_about_its_membership()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Two more countries sign ten-year security pacts with Kyiv",
            "Belgium and Portugal signed ten-year security agreements with Ukraine on Tuesday, pledging training, air defence and help for its arms industry.",
            "Both texts commit the signatories to consult within 24 hours in the event of a future Russian attack.",
            "The pacts are designed to remain in force until Ukraine becomes a member of NATO, at which point they would be reviewed.",
            "Zelensky said the deals were a foundation until Ukraine joins the alliance.");

        Assert.Contains("security-guarantees", slugs);
        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void A_position_on_membership_with_a_time_condition_after_it_still_counts()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Chancellor in Kyiv",
            "\"Ukraine cannot join NATO until the war is over, and allies will not agree on an invitation to Kyiv before then,\" the chancellor said.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_neighbour_blocking_Ukraines_integration_into_NATO_is_about_accession()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Budapest sets its terms",
            "Hungary will not back any step in Ukraine's integration into NATO until the rights of its minority are restored, the foreign minister said on Thursday.",
            "He repeated that the invitation to the alliance could not be extended to Kyiv while the dispute over schools went on.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void Troops_sent_once_a_ceasefire_holds_are_a_security_guarantee()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Paris and London talk troops",
            "France and Britain have revived talks on sending troops to Ukraine once a ceasefire is in place, officials said on Monday.",
            "The force would be there to make sure any truce holds, and ministers said Ukraine's security must be guaranteed in the long term.",
            "Diplomats said a contingent of several thousand soldiers after a settlement was the working assumption in both capitals.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void Long_term_security_agreements_signed_with_Kyiv_are_security_guarantees()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Two capitals, two pacts",
            "Germany and France on Friday signed long-term security agreements with Ukraine, as its president toured the two capitals.",
            "In the event of a future Russian armed attack, the governments would consult within 24 hours on further measures.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void The_plan_named_once_and_then_discussed_as_the_plan_is_the_victory_plan()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("A week in Washington",
            "The centrepiece of the week was the Oval Office meeting, where Zelensky presented his victory plan to the president.",
            "The plan has not been published, and officials who have read it said it asked for weapons the administration has refused before.",
            "Senators from both parties said they wanted to see the whole plan before the election.");

        Assert.Contains("victory-plan", slugs);
    }

    [Fact]
    public void The_plan_with_no_victory_plan_named_before_it_is_not_the_victory_plan()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Advisers sketch a ceasefire",
            "Advisers to the president-elect have drafted a plan to freeze the front line in Ukraine.",
            "The plan has not been published, and officials who have read it said it would leave the question of territory open.",
            "Senators from both parties said they wanted to see the whole plan before the inauguration, and Kyiv said this plan rewards Moscow.",
            "European diplomats said the plan's authors had not consulted them, and that the plan needed guarantees to work.");

        Assert.DoesNotContain("victory-plan", slugs);
    }

    [Fact]
    public void A_leader_in_favour_of_an_invitation_for_Kyiv_is_about_accession()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Macron in Bratislava",
            "The French president spoke about the war in Ukraine at a security forum in Slovakia on Wednesday.",
            "\"I am in favour of an invitation to the alliance for Kyiv,\" he said.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void What_NATO_countries_gave_is_aid_not_Ukraine_giving_up_membership()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Tallinn urges a spending floor for Ukraine",
            "Estonia's defence minister said on Monday that allies should each commit a share of their economy to Ukraine's defence.",
            "If every NATO country gave 0.25 per cent of its GDP, Ukraine would have more than enough, he said.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Calling_on_NATO_to_give_Kyiv_a_path_to_membership_is_about_accession()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Warsaw before Vilnius",
            "Poland's president called on NATO to give Ukraine a clear path to membership at next month's summit, and said Warsaw would press for it.",
            "Ukraine has waited for an invitation since the Bucharest promise of 2008, he added.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_leader_ruling_out_membership_carries_the_report()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "The president said a settlement was close and that Europe would take the lead on keeping the peace.",
            "\"They're never going to be part of NATO, everybody knows that,\" he told reporters in the Oval Office of Ukraine.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_summit_report_on_the_timeframe_and_Kyivs_future_in_the_alliance_is_about_accession()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "By our correspondent in Vilnius",
            "Zelensky called the summit's refusal to set a timeframe for Ukraine's membership unprecedented and absurd on Tuesday.",
            "A day later he sounded calmer, saying Kyiv now saw real unity among the leaders on its future in the alliance.",
            "\"Ukraine deserves to be in NATO, and everyone here understands it,\" he said.",
            "The mood was soured by a row over gratitude for weapons deliveries.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void Membership_called_the_only_real_guarantee_is_about_accession()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "Zelensky told EU leaders in Brussels that promises of European troops could only complement what Kyiv really wants.",
            "\"NATO is the only real guarantee for Ukraine,\" he said, adding that his country would keep asking for an invitation to join the alliance.",
            "Several leaders said the alliance was not ready to agree on one.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_plan_for_Ukraines_victory_is_the_victory_plan()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "President Zelensky said he will present a plan for Ukraine's victory to President Biden in September.",
            "He said the plan's first point was already under way, and that its other points were military, diplomatic and economic.",
            "He would not disclose its details before meeting Biden.");

        Assert.Contains("victory-plan", slugs);
    }

    // A story on other things with one line on Ukraine's NATO path, far from the top: the headline says which of its
    // subjects the story is about.
    private static readonly string[] SpeechReport =
    [
        "The French president spent most of his speech in Bratislava on European defence spending and the single market for arms, a theme he has pressed since his first term.",
        "He urged governments to buy European and to pool orders for air defence, and said the continent had been naive for too long about its own security.",
        "Central European leaders in the audience applauded his call for a common fund for ammunition, which several of them have backed since last year.",
        "He said Europe's industry could double its output of shells within a year if orders were steady, and promised French investment in new factories.",
        "The host government, which has been cool on military aid to Kyiv, said it would study the proposals but would not send weapons from its own stocks.",
        "The speech also touched on energy prices, migration and the enlargement of the European Union to the Western Balkans.",
        "On NATO, he said the July summit must open a path toward membership, although he did not say how fast.",
        "He also defended his record on Russia and said Europe must prepare for a long war.",
    ];

    [Fact]
    public void A_headline_on_accession_over_one_line_on_it_is_a_story_on_accession()
    {
        var classifier = LaunchTopics.Classifier();

        Assert.Contains("nato-accession", classifier.AssignedSlugs("France now backs a path for Ukraine into NATO", SpeechReport));
        Assert.DoesNotContain("nato-accession", classifier.AssignedSlugs("Macron urges Europe to buy European arms", SpeechReport));
    }

    [Fact]
    public void A_headline_on_accession_over_a_text_that_never_mentions_it_is_not_enough()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("France now backs a path for Ukraine into NATO", SpeechReport[..6]);

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Membership_called_the_only_real_guarantee_is_not_a_story_on_security_guarantees()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Kuleba takes Kyiv's case to Brussels",
            "Ukraine's foreign minister pressed allies for a clear political decision on membership ahead of the Vilnius summit.",
            "\"The only real security guarantee for Ukraine, and for Europe, is Ukraine inside NATO,\" Kuleba told reporters.",
            "He said Kyiv would not accept a waiting room and wanted to hear when and how Ukraine becomes a member.");

        Assert.Contains("nato-accession", slugs);
        Assert.DoesNotContain("security-guarantees", slugs);
    }

    [Fact]
    public void Guarantees_meant_to_last_only_until_membership_are_still_security_guarantees()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("",
            "Zelensky said the bilateral security agreements were real commitments for Ukraine's defence.",
            "\"We consider them one of the guarantees, but only until Ukraine is in NATO,\" he said of the pacts, which commit partners to consult within 24 hours in the event of a future attack.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void Another_neutral_countrys_own_NATO_debate_is_not_Ukraines()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Ireland not about to join NATO, minister tells security forum",
            "The foreign minister said Ireland is not going to join NATO, as a forum on the country's security policy opened in Cork.",
            "He said the process was not about joining NATO and that the government had no intention of changing Ireland's military neutrality.",
            "Opposition parties accused the government of using the forum to move towards NATO membership after Russia's invasion of Ukraine.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Theory]
    [InlineData("\"Ukraine must give up its plans to join NATO and commit to a neutral, non-aligned status,\" Putin said after meeting Orban.")]
    [InlineData("Putin said Kyiv must \"renounce once and for all any idea of joining NATO\" before talks could begin.")]
    public void Demanding_that_Kyiv_give_up_its_plans_to_join_is_about_accession(string demand)
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Orban in Moscow",
            "Hungary's prime minister held talks with the Russian president in the Kremlin on Friday.",
            demand,
            "EU leaders criticised the visit, saying Orban had no mandate to speak for the bloc.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_story_that_names_the_victory_plan_once_and_goes_on_about_the_plan_is_about_it()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Zelensky tours ammunition plant on US visit",
            "Ukrainian President Volodymyr Zelensky toured an Army ammunition plant in Pennsylvania on Sunday and thanked the workers who make the shells his soldiers fire.",
            "The plant makes the metal bodies of 155 mm artillery shells, and its output has grown several times since the full-scale invasion, adding jobs and night shifts.",
            "The state's governor said the workers were part of a long local tradition of doing their part, and two members of Congress praised the aid package passed in April.",
            "His visit to the United States centres on what he calls a victory plan, which he intends to present to President Biden and both candidates this week.",
            "Officials in Kyiv have not published the document, and the president has said only that it would be a bridge to ending the war on terms that do not reward Russia.",
            "Ukrainian community members gathered near the gates with flags, and some said they had driven for hours to see him.",
            "According to people briefed on it, the plan asks allies for firmer commitments, more weapons and permission to strike deeper into Russia.",
            "Zelensky said the plan depended entirely on decisions in Washington and that it needed to be carried out by the end of the year.");

        Assert.Contains("victory-plan", slugs);
    }

    [Fact]
    public void Setting_out_a_deterrence_package_for_Ukraine_is_about_security_guarantees_and_naming_it_is_not()
    {
        var classifier = LaunchTopics.Classifier();
        const string lead = "President Zelensky set out his plan to parliament on Wednesday, and the debate that followed ran late into the evening.";

        var described = classifier.AssignedSlugs("Zelensky sets out his plan",
            lead,
            "Its third point, he said, \"asks partners to deploy on Ukraine's territory a comprehensive non-nuclear deterrence package sufficient to protect the country from any military threat from Russia.\"");
        var named = classifier.AssignedSlugs("Zelensky sets out his plan",
            lead,
            "Its third point, a deterrence package, is set out in a secret annex.");

        Assert.Contains("security-guarantees", described);
        Assert.DoesNotContain("security-guarantees", named);
    }

    [Fact]
    public void Another_of_Zelenskys_plans_that_complements_the_victory_plan_is_not_the_victory_plan()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Zelensky marks 1,000 days of war in parliament",
            "President Zelensky on Tuesday presented a ten-point internal resilience plan to parliament, on the 1,000th day of the full-scale invasion.",
            "It covers energy, arms production, support for veterans and unity, and he said it complements the victory plan he set out in October.",
            "Lawmakers stood for a minute's silence for the fallen.");

        Assert.DoesNotContain("victory-plan", slugs);
    }

    [Fact]
    public void Partners_who_consult_within_24_hours_of_a_new_attack_are_a_security_guarantee_whatever_the_word_order()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Zelensky sums up the year",
            "President Zelensky said on Tuesday that the first bilateral security agreements with partners would be signed in January.",
            "\"If there is a new aggression, within 24 hours the partners consult and give us what we need,\" he said of the deals, which he wants to last ten years.",
            "He also spoke about mobilisation and the elections.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void An_answer_on_the_agreements_after_a_question_on_security_commitments_carries_the_interview()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Kuleba on grain, jets and the G7 promise",
            "The foreign minister spoke to us in Kyiv about grain exports, the first F-16 pilots and what allies promised in Vilnius.",
            "Q: In Vilnius the G7 promised Ukraine long-term security commitments. Where are the talks?",
            "Kuleba: We have started negotiations with Washington and London, and other capitals are joining. The agreements will be tailored to what each country can give: weapons, training, intelligence, air defence. They must be legally solid, so that the commitments survive elections. When Moscow looks at us it must see an army supplied for years ahead. That is deterrence.",
            "Q: And the grain corridor?",
            "Kuleba: Ships are sailing, and insurers are coming back.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void NATO_members_are_the_allies_not_Ukraines_membership()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Allies rule out sending combat troops to Ukraine",
            "NATO's secretary-general said there were no plans for NATO combat troops on the ground in Ukraine, while noting that the alliance and its members support Ukraine's right to defend itself.",
            "Several NATO members, including Germany, Britain and Italy, said on Tuesday they had no plans to send soldiers, after the French president declined to rule it out.",
            "The Kremlin warned that troops from NATO members would make a direct conflict between Russia and the alliance inevitable.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Membership_in_an_answer_to_a_question_on_NATO_is_NATO_membership()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Reznikov: 'We are already de facto in the alliance by our weapons'",
            "The defence minister spoke to us in Kyiv about ammunition, Bakhmut and the coming summit.",
            "Q: You said in Brussels that Ukraine is becoming a NATO member in practice. What does Kyiv want from Vilnius?",
            "Reznikov: Full membership is the goal of the state; it is written into our constitution. We want a clear invitation and a date, not another declaration. Our army already works to the standards of the allies, and accession is a question of when, not if.",
            "Q: And the ammunition?",
            "Reznikov: We need more shells every month, and we are grateful for every delivery.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void The_door_kept_open_after_an_answer_on_who_joins_NATO_is_the_open_door_position()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Press Briefing by the Press Secretary",
            "MS. SMITH: Good afternoon, everybody. I have two items at the top on the economy.",
            "Q Moscow has sent its demands on Ukraine. What is the administration's view?",
            "MS. SMITH: Well, here is our view. We want to keep the door to diplomacy open, and the President will speak with his counterparts this week. That does not mean we will give up our values, including the belief that it is up to the members of the alliance to decide who is able to join NATO. And the door to that should stay open, whatever the Kremlin demands.",
            "Q On inflation —",
            "MS. SMITH: Prices are coming down, and the President will say more on Friday.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void Consultations_at_leaders_level_within_24_hours_of_an_attack_are_a_security_commitment()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Prime Minister visits Kyiv",
            "The Prime Minister and President Zelensky signed an accord on support and cooperation in Kyiv on Thursday, under the Joint Declaration of Support for Ukraine.",
            "In the event of a future armed attack against Ukraine, the two countries will hold consultations at the leaders' level or another appropriate level within 24 hours to decide on next steps.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Theory]
    [InlineData("\"A ceasefire alone is not enough: we need effective guarantees of peace, or Russia will rearm and attack again,\" Zelensky wrote after the meeting.")]
    [InlineData("\"We need effective guarantees that the ceasefire will hold,\" Zelensky told reporters after the meeting.")]
    public void A_leaders_demand_that_the_peace_be_guaranteed_is_about_security_guarantees(string statement)
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Trump meets Zelensky and Macron in Paris",
            "Donald Trump met Volodymyr Zelensky and Emmanuel Macron at the Elysee on Saturday, his first trip abroad since the election.",
            statement,
            "The three leaders later attended the reopening of Notre-Dame.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void A_leader_calling_a_security_pact_a_bridge_towards_membership_is_about_accession()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Ukraine and the Netherlands sign ten-year security pact",
            "The Dutch prime minister and President Zelensky signed a ten-year security agreement in Kharkiv on Friday, with air defence, drones and training for the next decade.",
            "Zelensky said the pact was \"a bridge towards our membership of the alliance\" and thanked the Netherlands for its F-16s.");

        Assert.Contains("nato-accession", slugs);
    }
}
