#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResourceType {
    ///  `client-vpn-endpoint`
    ClientVpnEndpoint,
    ///  `customer-gateway`
    CustomerGateway,
    ///  `dedicated-host`
    DedicatedHost,
    ///  `dhcp-options`
    DhcpOptions,
    ///  `egress-only-internet-gateway`
    EgressOnlyInternetGateway,
    ///  `elastic-ip`
    ElasticIp,
    ///  `elastic-gpu`
    ElasticGpu,
    ///  `export-image-task`
    ExportImageTask,
    ///  `export-instance-task`
    ExportInstanceTask,
    ///  `fleet`
    Fleet,
    ///  `fpga-image`
    FpgaImage,
    ///  `host-reservation`
    HostReservation,
    ///  `image`
    Image,
    ///  `import-image-task`
    ImportImageTask,
    ///  `import-snapshot-task`
    ImportSnapshotTask,
    ///  `instance`
    Instance,
    ///  `instance-event-window`
    InstanceEventWindow,
    ///  `internet-gateway`
    InternetGateway,
    ///  `key-pair`
    KeyPair,
    ///  `launch-template`
    LaunchTemplate,
    ///  `local-gateway-route-table-vpc-association`
    LocalGatewayRouteTableVpcAssociation,
    ///  `natgateway`
    Natgateway,
    ///  `network-acl`
    NetworkAcl,
    ///  `network-interface`
    NetworkInterface,
    ///  `network-insights-analysis`
    NetworkInsightsAnalysis,
    ///  `network-insights-path`
    NetworkInsightsPath,
    ///  `placement-group`
    PlacementGroup,
    ///  `reserved-instances`
    ReservedInstances,
    ///  `route-table`
    RouteTable,
    ///  `security-group`
    SecurityGroup,
    ///  `security-group-rule`
    SecurityGroupRule,
    ///  `snapshot`
    Snapshot,
    ///  `spot-fleet-request`
    SpotFleetRequest,
    ///  `spot-instances-request`
    SpotInstancesRequest,
    ///  `subnet`
    Subnet,
    ///  `traffic-mirror-filter`
    TrafficMirrorFilter,
    ///  `traffic-mirror-session`
    TrafficMirrorSession,
    ///  `traffic-mirror-target`
    TrafficMirrorTarget,
    ///  `transit-gateway`
    TransitGateway,
    ///  `transit-gateway-attachment`
    TransitGatewayAttachment,
    ///  `transit-gateway-connect-peer`
    TransitGatewayConnectPeer,
    ///  `transit-gateway-multicast-domain`
    TransitGatewayMulticastDomain,
    ///  `transit-gateway-route-table`
    TransitGatewayRouteTable,
    ///  `volume`
    Volume,
    ///  `vpc`
    Vpc,
    ///  `vpc-peering-connection`
    VpcPeeringConnection,
    ///  `vpn-connection`
    VpnConnection,
    ///  `vpn-gateway`
    VpnGateway,
    ///  `vpc-flow-log`
    VpcFlowLog,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    ResourceType, [(ClientVpnEndpoint, "client-vpn-endpoint"), (CustomerGateway,
    "customer-gateway"), (DedicatedHost, "dedicated-host"), (DhcpOptions,
    "dhcp-options"), (EgressOnlyInternetGateway, "egress-only-internet-gateway"),
    (ElasticIp, "elastic-ip"), (ElasticGpu, "elastic-gpu"), (ExportImageTask,
    "export-image-task"), (ExportInstanceTask, "export-instance-task"), (Fleet, "fleet"),
    (FpgaImage, "fpga-image"), (HostReservation, "host-reservation"), (Image, "image"),
    (ImportImageTask, "import-image-task"), (ImportSnapshotTask, "import-snapshot-task"),
    (Instance, "instance"), (InstanceEventWindow, "instance-event-window"),
    (InternetGateway, "internet-gateway"), (KeyPair, "key-pair"), (LaunchTemplate,
    "launch-template"), (LocalGatewayRouteTableVpcAssociation,
    "local-gateway-route-table-vpc-association"), (Natgateway, "natgateway"),
    (NetworkAcl, "network-acl"), (NetworkInterface, "network-interface"),
    (NetworkInsightsAnalysis, "network-insights-analysis"), (NetworkInsightsPath,
    "network-insights-path"), (PlacementGroup, "placement-group"), (ReservedInstances,
    "reserved-instances"), (RouteTable, "route-table"), (SecurityGroup,
    "security-group"), (SecurityGroupRule, "security-group-rule"), (Snapshot,
    "snapshot"), (SpotFleetRequest, "spot-fleet-request"), (SpotInstancesRequest,
    "spot-instances-request"), (Subnet, "subnet"), (TrafficMirrorFilter,
    "traffic-mirror-filter"), (TrafficMirrorSession, "traffic-mirror-session"),
    (TrafficMirrorTarget, "traffic-mirror-target"), (TransitGateway, "transit-gateway"),
    (TransitGatewayAttachment, "transit-gateway-attachment"), (TransitGatewayConnectPeer,
    "transit-gateway-connect-peer"), (TransitGatewayMulticastDomain,
    "transit-gateway-multicast-domain"), (TransitGatewayRouteTable,
    "transit-gateway-route-table"), (Volume, "volume"), (Vpc, "vpc"),
    (VpcPeeringConnection, "vpc-peering-connection"), (VpnConnection, "vpn-connection"),
    (VpnGateway, "vpn-gateway"), (VpcFlowLog, "vpc-flow-log")]
);
