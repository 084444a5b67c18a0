
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Carrier": [
      "ChangzhouCarrier",
      "NanjingCarrier",
      "NantongCarrier",
      "PutuoCarrier",
      "SuzhouCarrier",
      "TaizhouCarrier",
      "WuxiCarrier",
      "YangzhouCarrier",
      "ZhenjiangCarrier"
    ],
    "Challenge": [
      "ChangzhouChallenge",
      "NanjingChallenge",
      "NantongChallenge",
      "PutuoChallenge",
      "SuzhouChallenge",
      "TaizhouChallenge",
      "WuxiChallenge",
      "YangzhouChallenge",
      "ZhenjiangChallenge"
    ],
    "Node": [
      "ChangzhouCarrier",
      "ChangzhouChallenge",
      "ChangzhouPolicy",
      "NanjingCarrier",
      "NanjingChallenge",
      "NanjingPolicy",
      "NantongCarrier",
      "NantongChallenge",
      "NantongPolicy",
      "PutuoCarrier",
      "PutuoChallenge",
      "PutuoPolicy",
      "SuzhouCarrier",
      "SuzhouChallenge",
      "SuzhouPolicy",
      "TaizhouCarrier",
      "TaizhouChallenge",
      "TaizhouPolicy",
      "WuxiCarrier",
      "WuxiChallenge",
      "WuxiPolicy",
      "YangzhouCarrier",
      "YangzhouChallenge",
      "YangzhouPolicy",
      "ZhenjiangCarrier",
      "ZhenjiangChallenge",
      "ZhenjiangPolicy"
    ],
    "Policy": [
      "ChangzhouPolicy",
      "NanjingPolicy",
      "NantongPolicy",
      "PutuoPolicy",
      "SuzhouPolicy",
      "TaizhouPolicy",
      "WuxiPolicy",
      "YangzhouPolicy",
      "ZhenjiangPolicy"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Carrier": [
      "ChangzhouCarrier",
      "NanjingCarrier",
      "NantongCarrier",
      "PutuoCarrier",
      "SuzhouCarrier",
      "TaizhouCarrier",
      "WuxiCarrier",
      "YangzhouCarrier",
      "ZhenjiangCarrier"
    ],
    "Challenge": [
      "ChangzhouChallenge",
      "NanjingChallenge",
      "NantongChallenge",
      "PutuoChallenge",
      "SuzhouChallenge",
      "TaizhouChallenge",
      "WuxiChallenge",
      "YangzhouChallenge",
      "ZhenjiangChallenge"
    ],
    "Node": [
      "ChangzhouCarrier",
      "ChangzhouChallenge",
      "ChangzhouPolicy",
      "NanjingCarrier",
      "NanjingChallenge",
      "NanjingPolicy",
      "NantongCarrier",
      "NantongChallenge",
      "NantongPolicy",
      "PutuoCarrier",
      "PutuoChallenge",
      "PutuoPolicy",
      "SuzhouCarrier",
      "SuzhouChallenge",
      "SuzhouPolicy",
      "TaizhouCarrier",
      "TaizhouChallenge",
      "TaizhouPolicy",
      "WuxiCarrier",
      "WuxiChallenge",
      "WuxiPolicy",
      "YangzhouCarrier",
      "YangzhouChallenge",
      "YangzhouPolicy",
      "ZhenjiangCarrier",
      "ZhenjiangChallenge",
      "ZhenjiangPolicy"
    ],
    "Policy": [
      "ChangzhouPolicy",
      "NanjingPolicy",
      "NantongPolicy",
      "PutuoPolicy",
      "SuzhouPolicy",
      "TaizhouPolicy",
      "WuxiPolicy",
      "YangzhouPolicy",
      "ZhenjiangPolicy"
    ]
  }
};
      export default result;
    