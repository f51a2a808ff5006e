/// Common given names in British and American news, tagged with the gender they usually tell.
///
/// Compiled by hand from everyday usage; names borne by people of either gender are left out
/// of both lists so that they never decide a pronoun.
enum FirstNames {
    private static let maleNames = """
        aaron adam adrian aidan alan alastair albert alec alex alexander alfie alfred ali \
        alistair allan andre andrew andy angus anthony antonio archie arnold arthur ashley \
        austin barack barry ben benjamin bernard bernie bill billy bob bobby boris brad \
        bradley brandon brendan brett brian bruce bryan byron callum calvin cameron carl \
        carlos cecil charles charlie chris christian christopher chuck clarence clark claude \
        clive colin connor conor craig curtis dale damian damien dan daniel danny darren dave \
        david dean dennis derek desmond dick dominic don donald doug douglas duncan dwight \
        eamonn ed eddie edgar edward edwin elijah elliot elliott emmanuel enrique eric ernest \
        evan frank francis franklin fred freddie frederick gareth garry gary gavin geoff \
        geoffrey george gerald gerard gerry gilbert glen glenn gordon graham grant greg \
        gregory guy hamish harold harry harvey hector henry herbert howard hugh hugo iain ian \
        isaac ivan jack jacob jake james jamie jared jason jeb jeff jeffrey jeremy jerome \
        jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh \
        joshua juan jude julian justin karl keith ken kenneth kevin kieran kyle lance larry \
        laurence lawrence lee len leo leon leonard lewis liam lindsey lloyd louis luis luke \
        malcolm marc marco marcus mario mark martin marvin matt matthew maurice max michael \
        mick mickey miguel mike mitch mitchell mohamed mohammed muhammad nathan neil nelson \
        nicholas nick nicolas nigel noel norman oliver oscar owen pablo patrick paul pedro \
        pete peter phil philip phillip piers ralph ramon randy ray raymond reginald reuben \
        richard rick ricky rob robert robin rod rodney roger roland ron ronald ross roy rudy \
        rupert russell ryan sam sammy samuel scott sean sebastian sergei seth shane shaun \
        sidney simon stanley stephen steve steven stewart stuart ted terence terry theo \
        theodore thomas tim timothy toby todd tom tommy tony travis trevor troy tyler vernon \
        victor vince vincent vladimir walter warren wayne wesley will william willie xavier \
        zach zachary mitt rand newt lincoln corey orrin lamar darrell al xi rishi kwasi sajid \
        sadiq \
        abdul abe ahmad ahmed alberto alejandro alfonso alvin amir andres andrei anton antoine \
        armando arturo augustus barney basil bennie benny bernardo bert blake brent bret brock \
        bryce buddy burt carlo cedric cesar chad claus clement clint clyde cody cornelius cory \
        cyril cyrus dante darius darryl denis denny derrick devin dexter diego dimitri dmitri \
        dmitry donnie duane dustin dwayne dylan eduardo efrain elias elmer elton emil emilio \
        ernesto ernie erik esteban ethan eugene ezra fabio federico felipe felix fernando \
        francesco francisco fredrick gabriel gaston gerardo gerhard gil gilberto giovanni giuseppe \
        gus guillermo gustavo hal hank hans harlan herman homer horace hubert humberto ibrahim \
        igor irving isaiah ismail jacques jaime jamal javier jed jeffery jens jermaine jerrold \
        joaquin joey johan jorge juergen julio jurgen kareem karim keenan khalid kirk kurt lamont \
        lars leroy lester lionel lorenzo lou luca luigi lyndon mahmoud manuel marcel marcelo \
        mateo mathias matthias mauricio merrick micah mikhail moses mustafa nate ned nikolai \
        norbert oleg omar otis otto pascal percy pierre quentin rafael raheem rahul raj ramesh \
        randall raul ravi reggie reinhold reince ricardo rocco roberto rodrigo rolf roman rory \
        rudolph rufus russ salvador sanjay santiago saul sergio sheldon shlomo silas solomon stan \
        stefan tad tariq terrance thad thaddeus tobias trent trey tristan ulrich vaclav vicente \
        viktor vijay vinny wendell wilbur willard winston wolfgang woody wyatt yasser yitzhak yuri \
        yusuf zane \
        abdullah akira alain alessandro alexei alexey anatoly andrey angelo arjun arnaud \
        ashok bashar benoit bernd bjorn bruno christophe claudio cristiano dario dieter \
        domenico emile enzo fabien farid filippo florian franco francois frederic fritz \
        gianluca giorgio gonzalo guillaume gunther hamid heinrich helmut henri hiroshi \
        hussein ilya imran jiri joachim josef kazuo kenji klaus kofi kostas laurent \
        leonardo luciano ludovic lukas marek massimo mathieu maurizio mehmet nabil naoki \
        nasser nicolai nikola olivier pavel pietro rajesh reza romano rui salman \
        salvatore sandro sebastien silvio stefano takashi thierry tomas vitaly werner \
        yannick zoran zinedine lleyton haile kenenisa mikael mauro mirco imanol sylvain \
        yann didier ruud thabo moammar muammar recep vladislav yevgeny evgeny sergey \
        andriy oleksandr petr milos goran dragan slobodan radovan tayyip hosni hamza \
        walid youssef abdel abdelaziz mohammad muhammed nawaz shinzo junichiro yoshihiko \
        jiang narendra manmohan atal arvind amit vikram sachin rohit rakesh suresh anil \
        kapil \
        abdulla abraham adan adolph ajay alfredo alton alvaro amos archibald arkady arlen \
        arne beau benedict beto bo bud cal chet darnell darrin deepak delbert \
        demetrius denzel dirk dominick dorian eldon elvis emmett erich errol ezekiel \
        fausto feliciano fidel forrest ganesh gautam gennady geraldo gideon gordie gregg \
        heriberto hershel hoyt huey ignacio ike isidore jarrod jasper jay jerald jeremiah \
        jethro johnnie jomo jonah jonas jules kermit konstantin krishna kwame lavar lazaro \
        leland lenny leonel leonid linwood lonnie loren lucius luther majid manny manoj \
        mariano marlon maximilian maynard mel melvin merle micky milo mohsen mukesh \
        myron nathaniel neal nestor nikita nitin noah obadiah octavio ollie olusegun \
        orville osvaldo ozzie pancho pradeep prakash pranab pyotr quincy rafe rajiv ramiro \
        rashid reinaldo rhett richie rigoberto rodger rogelio rolando ronnie roscoe rowan \
        saeed sami sammie sandeep sanford seamus sid sonny stanislav stu sunil \
        sylvester tarek terrell thom thurman tod uhuru ulises ulysses valery vern \
        virgil vivek wally walt waylon wilbert winfield woodrow wylie yogesh yousef yoweri \
        zeke
        """
    private static let femaleNames = """
        abigail ada adele agnes aileen alice alicia alison amanda amber amelia amy andrea \
        angela angelina anita ann anna anne annette annie april barbara beatrice becky \
        belinda beth betsy betty beverly brenda bridget caitlin camilla candice carla carly \
        carmen carol caroline carolyn carrie catherine cathy charlotte cheryl chloe christina \
        christine claire clara claudia colleen connie courtney cynthia daisy dana daphne \
        debbie deborah debra denise diana diane dianne dolores donna doris dorothy edith \
        eileen elaine eleanor elena elisabeth eliza elizabeth ella ellen ellie elsie emily \
        emma erica erin esther eva eve evelyn fiona florence frances gail gemma georgia \
        geraldine gillian gina gloria grace hannah harriet hayley heather heidi helen helena \
        hilary hillary holly ida imogen irene iris isabel isabella isla ivanka jackie \
        jacqueline jane janet janice jasmine jean jeanne jennifer jenny jess jessica jill \
        joan joanna joanne jodie josephine joy joyce judith judy julia julie june karen kate \
        katherine kathleen kathryn kathy katie kayleigh kelly kerry kim kimberly kirsty laura \
        lauren leah lesley linda lisa liz lizzie lois lorraine louise lucy lydia lynn lynne \
        madeleine maggie maria marian marie marilyn marion martha mary maureen megan melania \
        melanie melissa meryl michelle mildred miriam molly monica nadine nancy naomi natalie \
        natasha nicola nicole nikki nina nora norma olivia paige pamela patricia paula \
        pauline peggy penny phoebe priti rachel rebecca rita roberta rose rosemary ruth sally \
        samantha sandra sara sarah shannon sharon sheila shirley sophie stacey stella \
        stephanie sue susan suzanne sylvia tamsin tanya teresa theresa tina tracey tracy \
        valerie vanessa vera veronica victoria violet virginia wendy yvette yvonne zoe \
        kirsten elise marsha ileana michele hope katrina margaret kezia leanne jo keir \
        adrienne aisha alexandra alyssa ana angie antonia ariana ashleigh audrey ava bernadette \
        bethany bonnie brianna brittany brooke camille carole cassandra cecilia celeste celia \
        charlene cindy clare condoleezza constance deb delia dina dora edna elsa estelle ethel \
        eunice fatima felicia frieda gabrielle genevieve gertrude giselle greta gretchen gwen \
        gwendolyn hattie hazel hilda huma ines ingrid irma isabelle janine jeanette jeanine \
        jocelyn josie juanita julianne juliet justine kamala karin katharine katy kay kayla \
        kellyanne kristen kristin kristina kristi laurie leila lena leticia lila lillian lily lola \
        loretta lori lorna lucia lucille luisa mabel marcia margarita margo marianne marina marisa \
        marjorie marla marlene maxine meghan meredith mia millie mindy miranda muriel myra nadia \
        nellie nia noreen olga patsy patti patty penelope petra polly priscilla ramona raquel \
        renee rhonda rosa rosalind rosie roxanne sabrina sadie selena serena shelley sherry silvia \
        simone sonia sonya stacy susie tamara tammy tara tessa thelma tiffany toni trisha tulsi \
        ursula vicki vicky viola vivian wanda wilma yolanda \
        alessandra amelie anastasia anja annika beatriz benazir brigitte catarina chiara \
        cristina daniela francesca gabriela giulia hanna irina jelena katarina katja \
        larisa ludmila magdalena mariana marta monika natalia nathalie paola priya rania \
        renata sabine simona sunita svetlana tatiana valentina yelena yulia sania jamelia \
        meseret derartu tirunesh sofia segolene martine indira gisela angelika \
        heike ilse agnieszka justyna ewa zsuzsanna oksana yuliya olena lyudmila galina \
        natalya tatyana amina aminata fatou halima layla yasmin zainab mariam noor samira \
        abby adelle adriana aimee alana alexa alisha allison alma alyson amalia anya arlene \
        babs beatrix bella bertha beryl bessie bev blanche brandi bridgette britney \
        callie candace cara carissa carmela caryn cassie cathleen cecily chantal charmaine \
        cher cheyenne chrissy ciara cora corinne daniella danielle darla deanna deirdre \
        della delores desiree dorothea dottie edie edwina effie eliana elisa eloise elvira \
        emilia emmeline erika erma esperanza estella etta eugenia evangeline faye fran \
        francine freda georgina gigi ginny glenda glynis golda helga henrietta hermione \
        hester hina hollie ilene imelda inez isadora ivana jacinda jacquelyn jana janelle \
        janie janis jayne jeannie jenna jennie jeri joann jolene jordana josefina \
        judi juliana julianna karla katelyn katya keisha kendra keri kiera kimberley kristy \
        lacey lana latisha latoya laverne leanna lenora leona letitia lilian lina liza \
        lorena lorene lottie louisa luann lucinda lula mae maeve mallory mamie mandy mara \
        marcella marci margie margot margrethe maribel marisol marlee marnie martina \
        maryann matilda maud maude maura mavis megyn melinda mette michaela minnie moira \
        mollie nanette nell nettie ngozi nichole nkosazana noelle octavia ophelia pam \
        paulette phyllis priyanka rachael rae reba rena rhoda rosalie rosalyn roseanne \
        rowena sallie shana shauna sheena shelia sheri sherri sienna sondra sophia stacie \
        sushma sybil tabitha talia tami tania thea tia tonya trudy valeria velma verna \
        vickie vivienne wilhelmina winifred winnie yasmine yingluck zelda zora
        """

    static let genders = WordMap<Gender>(
        {
            var map: [String: Gender] = [:]
            for name in maleNames.split(separator: " ") { map[String(name)] = .male }
            for name in femaleNames.split(separator: " ") { map[String(name)] = .female }
            // Names used for men and women alike decide nothing.
            for name in unisexNames { map[name] = nil }
            return map
        }())

    /// The name is a known given name.
    static func contains(_ lower: String) -> Bool {
        genders[lower] != nil || unisex.contains(lower)
    }

    /// The gender the given name tells, if any.
    static func gender(of lower: String) -> Gender? { genders[lower] }

    private static let unisex = WordSet(unisexNames)

    private static let unisexNames = [
        "jo", "kelly", "robin", "kim", "leslie", "jordan", "alex", "sam", "chris", "pat", "jamie",
        "taylor", "casey", "morgan", "jesse", "ashley", "lindsey", "angel", "jody", "kris", "sasha",
        "marty", "val", "lee", "aubrey", "billie", "jessie",
    ]
}
